package zoo.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The admin tier's entity; a same-named table in another tier is not its concern. */
@Entity
@Table(name = "shop")
public class Shop {
  @Id private Long id;

  @Column(nullable = false, length = 100)
  private String domain;
}
