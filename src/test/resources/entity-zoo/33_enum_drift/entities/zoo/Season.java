package zoo;

/** AUTUMN does not fit varchar(5). */
public enum Season {
  SPRING,
  SUMMER,
  AUTUMN,
  WINTER
}
