package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** An author; the books map the association (mappedBy), so this side owns no column. */
@Entity
public class Author {
  @Id private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @OneToMany(mappedBy = "author")
  private List<Book> books;
}
