package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Declared uniqueness the database does not enforce. */
@Entity
@Table(
    name = "citizen",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_citizen_national",
            columnNames = {"country", "national_id"}))
public class Citizen {
  @Id private Long id;

  @Column(name = "national_id", nullable = false, length = 20)
  private String nationalId;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(name = "tax_number", nullable = false, unique = true, length = 20)
  private String taxNumber;

  /** One-to-one: at most one citizen per passport. */
  @OneToOne
  @JoinColumn(name = "passport_id")
  private Passport passport;
}
