CREATE TYPE mood AS ENUM ('HAPPY', 'SAD');
CREATE TYPE weather AS ENUM ('SUN', 'RAIN', 'SNOW', 'FOG');

CREATE TABLE diary (
    id          bigint PRIMARY KEY,
    mood        mood,
    weather     weather,
    season      varchar(5),
    colour      mood,
    level       varchar(10)
);
