package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/** TABLE_PER_CLASS root: abstract, so it has no table of its own. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@SequenceGenerator(name = "document", sequenceName = "document_seq")
public abstract class Document {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document")
  private Long id;

  @Column(nullable = false, length = 20)
  private String number;
}
