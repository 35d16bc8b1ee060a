package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Lengths declared, defaulted and left out. */
@Entity
public class Article {
  @Id private Long id;

  private String title;

  @Column(name = "summary")
  private String summary;

  @Column(length = 120)
  private String slug;

  private String tag;

  private String body;
}
