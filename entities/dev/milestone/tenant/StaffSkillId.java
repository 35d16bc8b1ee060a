package dev.milestone.tenant;

import java.io.Serializable;
import java.util.Objects;

/**
 * {@code @IdClass} of {@link StaffSkill} (derived identity): the attribute names match the entity's
 * {@code @Id @ManyToOne} attributes, the types are the referenced entities' id types.
 */
public class StaffSkillId implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long staff;
  private Integer skill;

  public StaffSkillId() {}

  public StaffSkillId(Long staff, Integer skill) {
    this.staff = staff;
    this.skill = skill;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffSkillId other
        && Objects.equals(staff, other.staff)
        && Objects.equals(skill, other.skill);
  }

  @Override
  public int hashCode() {
    return Objects.hash(staff, skill);
  }
}
