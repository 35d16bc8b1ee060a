package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Length;

/** Constraints instead of @Column attributes, as many Spring applications write them. */
@Entity
public class Member {
  @Id private Long id;

  @NotBlank
  @Size(max = 40)
  private String nickname;

  @NotEmpty
  @Size(max = 120)
  private String email;

  @Size(max = 80)
  private String motto;

  @NotNull private String referrer;

  @Length(max = 300)
  private String bio;

  @Digits(integer = 8, fraction = 2)
  private BigDecimal balance;

  @Digits(integer = 2, fraction = 1)
  private BigDecimal rating;

  @NotNull
  @Column(name = "born_year")
  private Integer bornYear;
}
