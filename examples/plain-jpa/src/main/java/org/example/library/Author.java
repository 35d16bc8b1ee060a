package org.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An author. */
@Entity
@Table(name = "author")
public class Author {
  @Id @GeneratedValue private Long id;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }
}
