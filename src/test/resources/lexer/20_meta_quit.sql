SELECT 1;
\q
SELECT 'never read';
'an unterminated string after \q is never lexed
