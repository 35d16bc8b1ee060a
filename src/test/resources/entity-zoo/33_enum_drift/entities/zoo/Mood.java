package zoo;

/** One constant more than the PostgreSQL enum: writing it fails. */
public enum Mood {
  HAPPY,
  SAD,
  ANGRY
}
