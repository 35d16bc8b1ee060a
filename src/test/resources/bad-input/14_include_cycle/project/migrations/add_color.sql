\ir part.sql
