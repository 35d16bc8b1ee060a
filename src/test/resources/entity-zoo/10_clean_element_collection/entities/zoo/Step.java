package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a recipe. */
@Embeddable
public class Step {
  @Column(nullable = false, columnDefinition = "text")
  private String text;

  private Integer minutes;
}
