package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Constraints that only validate: the application turned their DDL off. */
@Entity
public class Member {
  @Id private Long id;

  @Size(max = 80)
  private String motto;

  @NotNull private String referrer;
}
