package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The mapping says NOT NULL, the database allows NULL: rows written elsewhere break reads. */
@Entity
@Table(name = "pet")
public class Pet {
  @Id private Long id;

  @Column(nullable = false, length = 40)
  private String name;

  /** A primitive cannot hold NULL, whatever @Column says. */
  @Column(name = "age")
  private int age;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  private Owner owner;

  /** A boxed Boolean may be null: fine. */
  private Boolean vaccinated;
}
