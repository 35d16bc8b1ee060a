SELECT U&'d\0061t\+000061; ok', u&'x''y; z' FROM t;
SELECT B'1010', b'01', X'1F;', x'ff', N'national; text', n'x';
SELECT ex'ex is an identifier, the string is plain\';
SELECT U&"d\0061t; col" FROM t;
