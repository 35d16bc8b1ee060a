CREATE TABLE café (naïve text, 名前 text, emoji😀col int);
SELECT café$1, $ü$ body; $ü$, 'ünïcödé; ok' FROM café;
SELECT 'astral 😀; ok';
