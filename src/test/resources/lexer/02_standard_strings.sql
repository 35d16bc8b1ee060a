-- standard_conforming_strings is on: a backslash is an ordinary character in '...'
SELECT 'it''s; fine', 'a -- not a comment', '/* nor this */';
SELECT 'C:\path\'; SELECT 'after the backslash';
SELECT 'multi
line; string';
SELECT ''''; SELECT '';
