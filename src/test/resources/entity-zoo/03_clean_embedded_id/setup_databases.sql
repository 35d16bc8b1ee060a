CREATE TABLE course (
    id      integer PRIMARY KEY,
    title   varchar(120) NOT NULL
);

CREATE TABLE student (
    id      bigint PRIMARY KEY,
    name    varchar(120) NOT NULL
);

CREATE TABLE enrollment (
    student_id  bigint NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    course_id   integer NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    grade       numeric(3,1),
    PRIMARY KEY (student_id, course_id)
);
