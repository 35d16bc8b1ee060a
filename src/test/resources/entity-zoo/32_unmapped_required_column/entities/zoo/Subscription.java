package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps plan; region is NOT NULL without default, so every insert through this entity fails. */
@Entity
@Table(name = "subscription")
public class Subscription {
  @Id private Long id;

  @Column(nullable = false, length = 20)
  private String plan;
}
