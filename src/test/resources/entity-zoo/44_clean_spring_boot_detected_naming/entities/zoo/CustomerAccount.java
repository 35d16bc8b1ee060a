package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Named by Spring Boot's defaults: no explicit names anywhere. */
@Entity
public class CustomerAccount {
  @Id private Long id;

  @Column(nullable = false)
  private String displayName;

  private int loyaltyPoints;

  @ManyToMany private Set<CustomerAccount> favourites;
}
