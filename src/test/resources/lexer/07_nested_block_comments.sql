/* leading /* nested; */ still a comment; */
SELECT 1 /* inline; */ + 2;
SELECT /* outer /* inner /* deepest; */ */ ; */ 3;
/**/SELECT 4;
SELECT /* a quote ' and a dollar $$ inside */ 5;
SELECT 6 /*/ still open; */;
