-- grants only the migrations make: a table to PUBLIC, a function, an enum type, a domain
CREATE ROLE app_writer NOLOGIN;
GRANT SELECT ON notes TO PUBLIC;
GRANT UPDATE, DELETE ON TABLE public.notes TO app_writer;
GRANT EXECUTE ON FUNCTION note_count() TO app_writer;
GRANT USAGE ON TYPE mood TO PUBLIC;
GRANT USAGE ON DOMAIN email TO app_writer WITH GRANT OPTION;
