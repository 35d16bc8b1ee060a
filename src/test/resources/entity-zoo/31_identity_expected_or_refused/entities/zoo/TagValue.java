package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Assigned ids against GENERATED ALWAYS AS IDENTITY. */
@Entity
@Table(name = "tag_value")
public class TagValue {
  @Id private Long id;

  @Column(length = 40)
  private String value;
}
