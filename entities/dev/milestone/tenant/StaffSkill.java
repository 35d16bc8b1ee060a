package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Table {@code staff_skills} (migration add_skills_tables): a staff member's skill and proficiency.
 */
@Entity
@IdClass(StaffSkillId.class)
@Table(
    name = "staff_skills",
    indexes = @Index(name = "idx_staff_skills_skill", columnList = "skill_id, proficiency"))
public class StaffSkill {

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "staff_id", nullable = false)
  private Staff staff;

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinColumn(name = "skill_id", nullable = false)
  private Skill skill;

  /** 1 = beginner ... 5 = expert (check constraint staff_skills_proficiency_range). */
  @Column(name = "proficiency", nullable = false)
  private short proficiency = 3;

  @Column(name = "certified_until")
  private LocalDate certifiedUntil;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StaffSkill() {}

  public StaffSkill(Staff staff, Skill skill, short proficiency) {
    this.staff = staff;
    this.skill = skill;
    this.proficiency = proficiency;
  }

  public short getProficiency() {
    return proficiency;
  }
}
