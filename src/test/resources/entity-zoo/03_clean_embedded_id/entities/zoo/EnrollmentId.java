package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The composite key of an enrollment. */
@Embeddable
public class EnrollmentId implements Serializable {
  @Column(name = "student_id")
  private Long studentId;

  @Column(name = "course_id")
  private Integer courseId;

  @Override
  public boolean equals(Object o) {
    return o instanceof EnrollmentId other
        && Objects.equals(studentId, other.studentId)
        && Objects.equals(courseId, other.courseId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(studentId, courseId);
  }
}
