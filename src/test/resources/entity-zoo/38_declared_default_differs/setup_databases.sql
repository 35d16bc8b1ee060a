CREATE TABLE setting (
    id          bigint PRIMARY KEY,
    theme       varchar(20) NOT NULL DEFAULT 'light',
    page_size   integer NOT NULL DEFAULT 25,
    locale      varchar(10) DEFAULT 'en'
);
