package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Named by whatever strategy the application's settings choose. */
@Entity
public class CustomerAccount {
  @Id private Long id;

  @Column(nullable = false)
  private String displayName;
}
