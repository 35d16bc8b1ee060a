package zoo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** @ElementCollection of basics and of embeddables, with @CollectionTable and @OrderColumn. */
@Entity
public class Recipe {
  @Id private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @ElementCollection
  @CollectionTable(name = "recipe_keyword", joinColumns = @JoinColumn(name = "recipe_id"))
  @Column(name = "keyword", nullable = false, length = 30)
  private Set<String> keywords;

  @ElementCollection
  @CollectionTable(name = "recipe_step", joinColumns = @JoinColumn(name = "recipe_id"))
  @OrderColumn(name = "position")
  private List<Step> steps;
}
