SELECT $$a; b$$;
SELECT $body$ it's; "quoted" -- not a comment $body$;
SELECT $x$ $$ ; $$ $x$, $_1$;$_1$;
SELECT $Body$ $body$ is a different tag; $Body$;
SELECT $tag$ $tagx$ ; $tag$;
SELECT $tag$ the close hides in $ta$tag$;
SELECT $q$
multi; line
$q$;
