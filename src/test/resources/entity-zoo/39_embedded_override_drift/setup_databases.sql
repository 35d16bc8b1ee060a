CREATE TABLE venue (
    id          bigint PRIMARY KEY,
    main_street varchar(200),
    main_zip    varchar(5),
    alt_street  varchar(200)
);
