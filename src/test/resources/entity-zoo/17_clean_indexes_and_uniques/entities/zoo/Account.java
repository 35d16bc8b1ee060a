package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** Declared unique constraints and indexes, matched by columns and order, never by name. */
@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant", "login"}),
    indexes = {
      @Index(name = "idx_account_recent", columnList = "tenant, created_at desc"),
      @Index(name = "idx_account_id", columnList = "id")
    })
public class Account {
  @Id private Long id;

  @Column(nullable = false, length = 20)
  private String tenant;

  @Column(nullable = false, length = 60)
  private String login;

  @Column(nullable = false, unique = true, length = 120)
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
}
