/*
 * The grammar of Marshall, a language for cluster development programmes.
 *
 * Design notes (the language reference, docs/language.md, is the user-facing account):
 *  - Newlines are not significant. Properties, statements and declarations are
 *    told apart because none of them can start with a token that continues an
 *    expression (no juxtaposition, no statement starts with '(' '[' '-').
 *    ';' may still separate members on one line.
 *  - Keywords are reserved only where the grammar needs them: `ident` accepts
 *    most keywords, so a property may be called `in`, `risk` or `start`.
 *  - Units are suffixes of a number: `12%`, `40_000 EUR` (any three capital
 *    letters: an ISO 4217 code, checked later), `4 months`, `2 years`.
 *    `month 9` is a point in time; a bare `month` is the current month.
 *  - Error tokens (unterminated strings and comments, stray characters) are
 *    still tokens: the lexer never fails, and the model builder reports them
 *    with their own diagnostic codes instead of a cascade of parser errors.
 */
parser grammar MarshallParser;

options { tokenVocab = MarshallLexer; }

// ---------------------------------------------------------------- file

programmeFile : declaration* EOF ;

declaration
    : programmeDecl
    | useDecl
    | paramDecl
    | clusterDecl
    | actorDecl
    | networkDecl
    | interventionDecl
    | indicatorDecl
    | milestoneDecl
    | resultDecl
    | costLineDecl
    | prioritiesDecl
    | assumptionDecl
    | riskDecl
    | fnDecl
    | enumDecl
    | extendDecl
    | allowDecl
    ;

programmeDecl    : PROGRAMME title=string block ;
useDecl          : USE (module=qualifiedName | path=string) ;
paramDecl        : PARAM name=ident ASSIGN value=expr ;
clusterDecl      : CLUSTER name=ident block? ;
actorDecl        : ACTOR name=ident COLON kind=ident block? ;
networkDecl      : NETWORK name=ident COLON kind=ident block? ;
interventionDecl : INTERVENTION name=ident COLON pillar=ident block? ;
indicatorDecl    : INDICATOR name=ident COLON level=ident block? ;
milestoneDecl    : MILESTONE name=ident title=string? block? ;
// A results statement of the logframe: `result name : impact|outcome|output { statement = "…" … }`.
resultDecl       : RESULT name=ident COLON level=ident block? ;
// A programme-level cost not tied to an intervention: `cost_line name : category { monthly = 4_000 EUR … }`.
costLineDecl     : COST_LINE name=ident COLON category=ident block? ;
prioritiesDecl   : PRIORITIES LBRACE SEMI* (priority SEMI*)* RBRACE ;
priority         : preferred=ident OVER other=ident ;
assumptionDecl   : ASSUMPTION text=string ;
riskDecl         : RISK text=string (MITIGATION mitigation=string)? ;
fnDecl           : NATIVE? FN name=ident LPAREN (params+=ident (COMMA params+=ident)*)? RPAREN (ASSIGN body=expr)? ;
// The vocabularies of the language (actor kinds, pillars, reporting periods, ...) are
// declared as enums in the standard library, so they are documented where they are defined.
enumDecl         : ENUM name=ident LBRACE (enumMember (COMMA | SEMI)*)* RBRACE ;
enumMember       : (name=ident | MONTH) label=string? (ASSIGN value=expr)? block? ;
// A programme adds words to a vocabulary: `extend pillar { /// doc
//   environment "Environment" }`. A word's block says what an added word counts as for the
// approach checks (`{ counts_as = [public] }`), or a dimension's groups (`{ groups = [a, b] }`).
extendDecl       : EXTEND name=ident LBRACE (enumMember (COMMA | SEMI)*)* RBRACE ;
allowDecl        : ALLOW code=ident reason=string? ;

// ---------------------------------------------------------------- blocks

block : LBRACE SEMI* (member SEMI*)* RBRACE ;

member
    : stateDecl
    | eachMonth
    | allowDecl
    | property
    ;

stateDecl : STATE name=ident ASSIGN initial=expr IN range ;
range     : low=expr DOTDOT high=expr ;
eachMonth : EACH MONTH statementBlock ;
// `target women = 60 by month 36`: an indicator's target or baseline for one group of a disaggregation;
// `cost_share = 20% rising to 80% by month 36`: a value that changes over time (only a cost share may);
// `firms = 40 of tiruppur`: a network's size as firms of a cluster.
property  : name=ident group=ident? ASSIGN value=expr (RISING TO rise=expr)? (BY by=expr | OF of=ident)? ;

// ---------------------------------------------------------------- statements

statementBlock : LBRACE SEMI* (statement SEMI*)* RBRACE ;

statement
    : assignment
    | ifStatement
    ;

assignment  : target=qualifiedName op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | TIMES_ASSIGN | DIV_ASSIGN) value=expr ;
ifStatement : IF condition=expr thenBlock=statementBlock (ELSE (elseBlock=statementBlock | elseIf=ifStatement))? ;

// ---------------------------------------------------------------- expressions
// Alternatives are listed from the tightest binding to the loosest.

expr
    : primary                                                   # primaryExpr
    | target=expr DOT field=ident                               # memberExpr
    | op=(MINUS | PLUS) operand=expr                            # unaryExpr
    | left=expr op=(STAR | SLASH) right=expr                    # multiplicativeExpr
    | left=expr op=(PLUS | MINUS) right=expr                    # additiveExpr
    | left=expr op=(LT | LE | GT | GE | EQ | NE) right=expr     # comparisonExpr
    | NOT operand=expr                                          # notExpr
    | left=expr AND right=expr                                  # andExpr
    | left=expr OR right=expr                                   # orExpr
    | IF condition=expr THEN whenTrue=expr ELSE whenFalse=expr  # conditionalExpr
    ;

primary
    : NUMBER unit=quantityUnit?                                 # quantityLiteral
    | DATE                                                      # dateLiteral
    | MONTH NUMBER                                              # monthLiteral
    | MONTH                                                     # currentMonth
    | string                                                    # stringLiteral
    | value=(TRUE | FALSE)                                      # booleanLiteral
    | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK                # listLiteral
    | callee=ident LPAREN (expr (COMMA expr)*)? RPAREN          # callExpr
    | ident                                                     # nameExpr
    | LPAREN expr RPAREN                                        # parenExpr
    ;

quantityUnit : PERCENT | UPPER3 | MONTHS | MONTH | YEARS | YEAR ;

qualifiedName : ident (DOT ident)* ;

// An unterminated string is still a string to the parser; the builder reports it.
string : STRING | UNTERMINATED_STRING ;

ident
    : IDENT | UPPER3
    | PROGRAMME | USE | PARAM | CLUSTER | STATE | ACTOR | NETWORK | INTERVENTION
    | INDICATOR | MILESTONE | RESULT | COST_LINE | PRIORITIES | ASSUMPTION | RISK | MITIGATION | FN
    | ALLOW | IN | BY | OF | OVER | RISING | TO | YEAR | YEARS | MONTHS | ENUM | EXTEND | NATIVE
    ;

