\set ON_ERROR_STOP on
\set EMPTY
\set joined a b 'c d'
\set quoted 'it''s\tescaped' "double"
\unset EMPTY
SELECT :'joined';
