SELECT E'it\'s; escaped', e'back\\slash';
SELECT E'\\'; SELECT 'next';
SELECT E'quote '' doubled; \n newline', E'octal \101 and hex \x41';
SELECT E'\\\'';
SELECT e 'e is a word here, so this is a plain string\';
