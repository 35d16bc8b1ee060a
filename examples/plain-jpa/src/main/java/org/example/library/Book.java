package org.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A book of one author. */
@Entity
@Table(name = "book")
public class Book {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true, length = 13)
  private String isbn;

  @Column(nullable = false, columnDefinition = "text")
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private Author author;

  private LocalDate published;

  public Long getId() {
    return id;
  }

  public String getIsbn() {
    return isbn;
  }

  public String getTitle() {
    return title;
  }

  public Author getAuthor() {
    return author;
  }

  public LocalDate getPublished() {
    return published;
  }
}
