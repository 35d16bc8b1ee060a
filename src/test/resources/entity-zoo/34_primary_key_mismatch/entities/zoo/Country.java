package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The @Id is not the table's primary key. */
@Entity
@Table(name = "country")
public class Country {
  @Id private Integer id;

  @Column(nullable = false, length = 2)
  private String code;
}
