package zoo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The overrides are where the columns are declared, and where findings point. */
@Entity
@Table(name = "venue")
public class Venue {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "main_street", length = 200))
  @AttributeOverride(name = "zip", column = @Column(name = "main_zip", length = 10))
  private Location main;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "alt_street", length = 200))
  @AttributeOverride(name = "zip", column = @Column(name = "alt_zip", length = 10))
  private Location alternative;
}
