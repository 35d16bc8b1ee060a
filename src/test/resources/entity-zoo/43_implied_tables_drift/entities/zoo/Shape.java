package zoo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.Set;

/** Drift in every kind of table a mapping implies: subclass, secondary and collection tables. */
@Entity
@Table(name = "shape")
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "shape_style", pkJoinColumns = @PrimaryKeyJoinColumn(name = "shape_id"))
public class Shape {
  @Id private Long id;

  @Column(length = 20)
  private String colour;

  @Column(table = "shape_style", length = 30)
  private String pattern;

  @ElementCollection
  @CollectionTable(name = "shape_label", joinColumns = @JoinColumn(name = "shape_id"))
  @Column(name = "label", length = 40)
  private Set<String> labels;
}
