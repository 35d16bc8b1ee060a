package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Agrees with setup_databases.sql; the migrations forget one NOT NULL and add a nickname limit. */
@Entity
@Table(name = "member")
public class Member {
  @Id private Long id;

  @Column(nullable = false, length = 120)
  private String email;

  /** 30 in the entity, 40 in both databases: one finding, reported once. */
  @Column(length = 30)
  private String nickname;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;
}
