PREPARE q(int, text) AS SELECT $1, $2 FROM t WHERE a = $1;
SELECT foo$bar, x$$y, a$1, t$ FROM t$;
SELECT 1$$; inside$$;
SELECT $12 , $$ ; $$;
