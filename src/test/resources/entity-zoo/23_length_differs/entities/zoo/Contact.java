package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Declared lengths against other database lengths. */
@Entity
@Table(name = "contact")
public class Contact {
  @Id private Long id;

  /** Writes up to 255 characters into varchar(50). */
  @Column(nullable = false, length = 255)
  private String name;

  /** No length written: JPA's default of 255 is the mapping's length. */
  private String phone;

  /** No length: text fits. */
  private String notes;

  /** An explicit length other than the default against an unbounded column. */
  @Column(length = 500)
  private String website;

  /** Declared shorter than the column: the mapping and the database disagree. */
  @Column(length = 20)
  private String nickname;

  /** An unbounded varchar fits JPA's default length. */
  @Column private String city;
}
