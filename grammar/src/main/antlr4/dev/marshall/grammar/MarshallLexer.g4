/*
 * The lexer of Marshall. It never fails: malformed input becomes error tokens
 * (UNTERMINATED_STRING, UNTERMINATED_COMMENT, BAD_CHARACTER) that the model
 * builder reports with their own diagnostic codes. Doc comments (///) go to
 * the DOC channel and attach to the next declaration. Other comments go to the
 * hidden channel: the parser never sees them, but the formatter keeps them.
 */
lexer grammar MarshallLexer;

channels { DOC, ERRORS }


PROGRAMME    : 'programme' ;
USE          : 'use' ;
PARAM        : 'param' ;
CLUSTER      : 'cluster' ;
STATE        : 'state' ;
ACTOR        : 'actor' ;
NETWORK      : 'network' ;
INTERVENTION : 'intervention' ;
INDICATOR    : 'indicator' ;
MILESTONE    : 'milestone' ;
RESULT       : 'result' ;
COST_LINE    : 'cost_line' ;
PRIORITIES   : 'priorities' ;
ASSUMPTION   : 'assumption' ;
RISK         : 'risk' ;
MITIGATION   : 'mitigation' ;
FN           : 'fn' ;
ALLOW        : 'allow' ;
ENUM         : 'enum' ;
EXTEND       : 'extend' ;
NATIVE       : 'native' ;
EACH         : 'each' ;
MONTH        : 'month' ;
MONTHS       : 'months' ;
YEAR         : 'year' ;
YEARS        : 'years' ;
IF           : 'if' ;
THEN         : 'then' ;
ELSE         : 'else' ;
AND          : 'and' ;
OR           : 'or' ;
NOT          : 'not' ;
IN           : 'in' ;
BY           : 'by' ;
OF           : 'of' ;
OVER         : 'over' ;
RISING       : 'rising' ;
TO           : 'to' ;
TRUE         : 'true' ;
FALSE        : 'false' ;

PLUS_ASSIGN  : '+=' ;
MINUS_ASSIGN : '-=' ;
TIMES_ASSIGN : '*=' ;
DIV_ASSIGN   : '/=' ;
EQ           : '==' ;
NE           : '!=' ;
LE           : '<=' ;
GE           : '>=' ;
LT           : '<' ;
GT           : '>' ;
ASSIGN       : '=' ;
PLUS         : '+' ;
MINUS        : '-' ;
STAR         : '*' ;
SLASH        : '/' ;
PERCENT      : '%' ;
DOTDOT       : '..' ;
DOT          : '.' ;
COMMA        : ',' ;
COLON        : ':' ;
SEMI         : ';' ;
LPAREN       : '(' ;
RPAREN       : ')' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
LBRACK       : '[' ;
RBRACK       : ']' ;

// A year and month (2027-01) or a full date (2027-01-15); longer than a number, so it wins.
DATE   : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT ('-' DIGIT DIGIT)? ;
NUMBER : DIGITS ('.' DIGITS)? ([eE] [+-]? DIGITS)? ;
UPPER3 : [A-Z] [A-Z] [A-Z] ;
IDENT  : [A-Za-z_] [A-Za-z0-9_]* ;

STRING              : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ('\\')? ;

DOC_COMMENT          : '///' ~[\r\n]* -> channel(DOC) ;
LINE_COMMENT         : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT        : '/*' .*? '*/' -> channel(HIDDEN) ;
// Only text with no closing */ up to the end of the file: spelled out rather than left to non-greedy
// matching, which let this rule win over a closed comment once comments were tokens, not skipped.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(ERRORS) ;
WS                   : [ \t\r\n\f\uFEFF]+ -> skip ;

// Anything else (a NUL byte, a stray '#', '!', '&') is reported, never thrown.
BAD_CHARACTER : . -> channel(ERRORS) ;

fragment DIGITS : DIGIT ('_'? DIGIT)* ;
fragment DIGIT  : [0-9] ;
