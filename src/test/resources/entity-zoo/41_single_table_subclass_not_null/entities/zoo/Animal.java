package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** SINGLE_TABLE root with Hibernate's default discriminator column, dtype. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Table(name = "animal")
public abstract class Animal {
  @Id private Long id;

  @Column(nullable = false, length = 40)
  private String name;
}
