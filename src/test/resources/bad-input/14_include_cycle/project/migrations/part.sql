\ir add_color.sql
