package dev.marshall.formatter;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Lays a parse tree out as lines in the canonical style: two spaces per level,
 * one declaration or member per line, one space around operators, lists on
 * one line when they fit in {@link #WIDTH} columns and one element per line
 * otherwise. Blocks stay on one line only when the author wrote them so, they
 * hold no {@code each month}, carry no comment and fit. A line break the
 * author put inside a formula is kept (see {@link #keepAuthorsBreak}).
 *
 * <p>Every token goes through {@link #emit}, which first writes the comments
 * that precede it in the token stream: a comment that followed other text on
 * its input line stays at the end of that line; one on a line of its own gets
 * a line of its own. So no comment is lost or moved past a token, and doc
 * comments stay with their declaration. One blank line the author left between
 * members or declarations is kept; more are collapsed.
 */
final class Layout {
    static final int WIDTH = 100;
    private static final String CONTINUATION = "continuation";

    private enum Blank { NONE, KEEP, ALWAYS }

    private record Break(String kind, Blank blank) {}

    private final List<Token> tokens;
    final List<Line> lines = new ArrayList<>();
    private Line current;
    private int indent;
    private int nextToken;
    private int lastInputLine;
    private Break pending;
    private boolean forceBreak;
    private int unit;
    /** Inside a block laid out on one line: no cells, no breaks. */
    private int inline;
    /** Whether the member being laid out fits on one line; a list breaks only when it does not. */
    private boolean fits = true;
    /** The line a cell was ended on, to be cut before its next token (null: none asked). */
    private Line cutLine;
    private boolean cutRight;
    /** Non-null while measuring: tokens are appended here and nothing else happens. */
    private StringBuilder measure;

    Layout(List<Token> tokens) {
        this.tokens = tokens;
    }

    // ------------------------------------------------------------------ file

    void file(ProgrammeFileContext file) {
        List<DeclarationContext> declarations = file.declaration();
        boolean previousMultiLine = false;
        for (int i = 0; i < declarations.size(); i++) {
            DeclarationContext d = declarations.get(i);
            unit = i;
            int unitStart = lines.size();
            pending = new Break(kind(d), i == 0 ? Blank.NONE : Blank.KEEP);
            fits = indentWidth() + width(() -> declaration(d)) <= WIDTH;
            declaration(d);
            int firstOwnLine = firstLineAfterComments(unitStart);
            boolean multiLine = lines.size() - firstOwnLine > 1;
            // One blank line around a declaration of several lines; short ones may sit together.
            if (i > 0 && (multiLine || previousMultiLine) && unitStart < lines.size()) lines.get(unitStart).blankBefore = true;
            previousMultiLine = multiLine;
        }
        unit = declarations.size();
        pending = new Break(Line.COMMENT, lines.isEmpty() ? Blank.NONE : Blank.KEEP);
        comments(file.EOF().getSymbol().getTokenIndex());
        closeLine();
    }

    /** The first line from {@code from} that is not a comment: where a declaration's first token went. */
    private int firstLineAfterComments(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).kind.equals(Line.COMMENT)) return i;
        }
        return Math.max(from, lines.size() - 1);
    }

    private static String kind(DeclarationContext d) {
        return d.getChild(0) instanceof ParserRuleContext r ? r.getClass().getSimpleName() : "declaration";
    }

    private void declaration(DeclarationContext d) {
        if (d.programmeDecl() != null) {
            ProgrammeDeclContext p = d.programmeDecl();
            emit(p.PROGRAMME(), true);
            emit(p.title.start, true);
            block(p.block(), p);
        } else if (d.useDecl() != null) {
            UseDeclContext u = d.useDecl();
            emit(u.USE(), true);
            if (u.module != null) qualifiedName(u.module, true);
            else emit(u.path.start, true);
        } else if (d.paramDecl() != null) {
            ParamDeclContext p = d.paramDecl();
            emit(p.PARAM(), true);
            emit(p.name.start, true);
            cut();
            emit(p.ASSIGN(), true);
            value(p.value);
        } else if (d.clusterDecl() != null) {
            ClusterDeclContext c = d.clusterDecl();
            emit(c.CLUSTER(), true);
            emit(c.name.start, true);
            if (c.block() != null) block(c.block(), c);
        } else if (d.actorDecl() != null) {
            ActorDeclContext a = d.actorDecl();
            namedWithKind(a.ACTOR(), a.name, a.COLON(), a.kind, a.block(), a);
        } else if (d.networkDecl() != null) {
            NetworkDeclContext n = d.networkDecl();
            namedWithKind(n.NETWORK(), n.name, n.COLON(), n.kind, n.block(), n);
        } else if (d.interventionDecl() != null) {
            InterventionDeclContext n = d.interventionDecl();
            namedWithKind(n.INTERVENTION(), n.name, n.COLON(), n.pillar, n.block(), n);
        } else if (d.indicatorDecl() != null) {
            IndicatorDeclContext n = d.indicatorDecl();
            namedWithKind(n.INDICATOR(), n.name, n.COLON(), n.level, n.block(), n);
        } else if (d.milestoneDecl() != null) {
            MilestoneDeclContext m = d.milestoneDecl();
            emit(m.MILESTONE(), true);
            emit(m.name.start, true);
            if (m.title != null) emit(m.title.start, true);
            if (m.block() != null) block(m.block(), m);
        } else if (d.resultDecl() != null) {
            ResultDeclContext n = d.resultDecl();
            namedWithKind(n.RESULT(), n.name, n.COLON(), n.level, n.block(), n);
        } else if (d.costLineDecl() != null) {
            CostLineDeclContext n = d.costLineDecl();
            namedWithKind(n.COST_LINE(), n.name, n.COLON(), n.category, n.block(), n);
        } else if (d.prioritiesDecl() != null) {
            priorities(d.prioritiesDecl());
        } else if (d.assumptionDecl() != null) {
            emit(d.assumptionDecl().ASSUMPTION(), true);
            emit(d.assumptionDecl().text.start, true);
        } else if (d.riskDecl() != null) {
            RiskDeclContext r = d.riskDecl();
            emit(r.RISK(), true);
            emit(r.text.start, true);
            if (r.MITIGATION() != null) {
                emit(r.MITIGATION(), true);
                emit(r.mitigation.start, true);
            }
        } else if (d.fnDecl() != null) {
            function(d.fnDecl());
        } else if (d.enumDecl() != null) {
            EnumDeclContext e = d.enumDecl();
            enumeration(e.ENUM(), e.name, e.LBRACE(), e.enumMember(), e.RBRACE());
        } else if (d.extendDecl() != null) {
            ExtendDeclContext e = d.extendDecl();
            enumeration(e.EXTEND(), e.name, e.LBRACE(), e.enumMember(), e.RBRACE());
        } else if (d.allowDecl() != null) {
            allow(d.allowDecl());
        }
    }

    /** {@code actor cda : development_agent { … }}: the name and the kind are cells, aligned with neighbours. */
    private void namedWithKind(TerminalNode keyword, IdentContext name, TerminalNode colon, IdentContext kind,
                               BlockContext block, ParserRuleContext declaration) {
        emit(keyword, true);
        emit(name.start, true);
        cut();
        emit(colon, true);
        emit(kind.start, true);
        if (block != null) {
            if (blockIsInline(block, declaration)) cut();
            block(block, declaration);
        }
    }

    private void function(FnDeclContext f) {
        if (f.NATIVE() != null) emit(f.NATIVE(), true);
        emit(f.FN(), true);
        emit(f.name.start, true);
        emit(f.LPAREN(), false);
        for (int i = 0; i < f.params.size(); i++) {
            if (i > 0) emit(f.COMMA(i - 1), false);
            emit(f.params.get(i).start, i > 0);
        }
        emit(f.RPAREN(), false);
        if (f.body != null) {
            emit(f.ASSIGN(), true);
            value(f.body);
        }
    }

    private void allow(AllowDeclContext a) {
        emit(a.ALLOW(), true);
        emit(a.code.start, true);
        if (a.reason != null) emit(a.reason.start, true);
    }

    private void priorities(PrioritiesDeclContext p) {
        emit(p.PRIORITIES(), true);
        List<PriorityContext> members = p.priority();
        boolean oneLine = inlineShape(p.LBRACE().getSymbol(), p.RBRACE().getSymbol(), members.isEmpty())
                && indentWidth() + width(() -> prioritiesInline(p)) <= WIDTH;
        if (oneLine) {
            prioritiesInline(p);
            return;
        }
        emit(p.LBRACE(), true);
        indent++;
        for (int i = 0; i < members.size(); i++) {
            pending = new Break("priority", i == 0 ? Blank.NONE : Blank.KEEP);
            priority(members.get(i));
        }
        closeBlock(p.RBRACE(), members.isEmpty());
    }

    private void prioritiesInline(PrioritiesDeclContext p) {
        inline++;
        emit(p.LBRACE(), true);
        List<PriorityContext> members = p.priority();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) synthetic(";", false);
            priority(members.get(i));
        }
        emit(p.RBRACE(), !members.isEmpty());
        inline--;
    }

    private void priority(PriorityContext p) {
        emit(p.preferred.start, true);
        emit(p.OVER(), true);
        emit(p.other.start, true);
    }

    /** {@code enum name { … }} and {@code extend name { … }}: a list of words, one per line unless written on one. */
    private void enumeration(TerminalNode keyword, IdentContext name, TerminalNode open, List<EnumMemberContext> members, TerminalNode close) {
        emit(keyword, true);
        emit(name.start, true);
        boolean oneLine = inlineShape(open.getSymbol(), close.getSymbol(), members.isEmpty())
                && indentWidth() + width(() -> enumerationInline(open, members, close)) <= WIDTH;
        if (oneLine) {
            enumerationInline(open, members, close);
            return;
        }
        emit(open, true);
        indent++;
        for (int i = 0; i < members.size(); i++) {
            pending = new Break("enum member", i == 0 ? Blank.NONE : Blank.KEEP);
            enumMember(members.get(i));
        }
        closeBlock(close, members.isEmpty());
    }

    private void enumerationInline(TerminalNode open, List<EnumMemberContext> members, TerminalNode close) {
        inline++;
        emit(open, true);
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) synthetic(",", false);
            enumMember(members.get(i));
        }
        emit(close, !members.isEmpty());
        inline--;
    }

    private void enumMember(EnumMemberContext m) {
        emit(m.getStart(), true);
        if (m.label != null) emit(m.label.start, true);
        if (m.value != null) {
            emit(m.ASSIGN(), true);
            expr(m.value, true);
        }
        if (m.block() != null) block(m.block(), m);
    }

    // ------------------------------------------------------------------ blocks

    /** Written on one line (or empty), with no comment inside. */
    private boolean inlineShape(Token open, Token close, boolean empty) {
        return (open.getLine() == close.getLine() || empty) && !hasComments(open, close);
    }

    private boolean blockIsInline(BlockContext b, ParserRuleContext declaration) {
        if (measure != null) return true;
        if (!inlineShape(b.LBRACE().getSymbol(), b.RBRACE().getSymbol(), b.member().isEmpty())) return false;
        for (MemberContext m : b.member()) if (m.eachMonth() != null) return false;
        return indentWidth() + width(() -> declarationOnOneLine(declaration)) <= WIDTH;
    }

    /** The width of a whole declaration laid out on one line, for the inline decision. */
    private void declarationOnOneLine(ParserRuleContext declaration) {
        if (declaration.getParent() instanceof DeclarationContext d) declaration(d);
    }

    private void block(BlockContext b, ParserRuleContext declaration) {
        List<MemberContext> members = b.member();
        if (blockIsInline(b, declaration)) {
            inline++;
            emit(b.LBRACE(), true);
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) synthetic(";", false);
                member(members.get(i));
            }
            emit(b.RBRACE(), !members.isEmpty());
            inline--;
            return;
        }
        emit(b.LBRACE(), true);
        indent++;
        for (int i = 0; i < members.size(); i++) {
            MemberContext m = members.get(i);
            pending = new Break(memberKind(m), i == 0 ? Blank.NONE : Blank.KEEP);
            boolean outer = fits;
            fits = indentWidth() + width(() -> member(m)) <= WIDTH;
            member(m);
            fits = outer;
        }
        closeBlock(b.RBRACE(), members.isEmpty());
    }

    /** Writes the comments before a closing brace inside the block, then the brace on a line of its own. */
    private void closeBlock(TerminalNode close, boolean empty) {
        if (measure == null) {
            pending = new Break(Line.COMMENT, empty ? Blank.NONE : Blank.KEEP);
            comments(close.getSymbol().getTokenIndex());
        }
        indent--;
        pending = new Break("close", Blank.NONE);
        emit(close, false);
    }

    private static String memberKind(MemberContext m) {
        if (m.property() != null) return "property";
        if (m.stateDecl() != null) return "state";
        if (m.eachMonth() != null) return "each month";
        return "allow";
    }

    private void member(MemberContext m) {
        if (m.property() != null) {
            PropertyContext p = m.property();
            emit(p.name.start, true);
            if (p.group != null) emit(p.group.start, true); // target women = …
            cut();
            emit(p.ASSIGN(), true);
            value(p.value);
            if (p.RISING() != null) {
                emit(p.RISING(), true);
                emit(p.TO(), true);
                value(p.rise);
            }
            if (p.BY() != null) {
                keepAuthorsBreak(p.BY().getSymbol());
                emit(p.BY(), true);
                value(p.by);
            }
            if (p.OF() != null) {
                keepAuthorsBreak(p.OF().getSymbol());
                emit(p.OF(), true);
                emit(p.of.start, true);
            }
        } else if (m.stateDecl() != null) {
            StateDeclContext s = m.stateDecl();
            emit(s.STATE(), true);
            emit(s.name.start, true);
            cut();
            emit(s.ASSIGN(), true);
            value(s.initial);
            cut();
            emit(s.IN(), true);
            expr(s.range().low, true);
            emit(s.range().DOTDOT(), false);
            expr(s.range().high, false);
        } else if (m.eachMonth() != null) {
            EachMonthContext e = m.eachMonth();
            emit(e.EACH(), true);
            emit(e.MONTH(), true);
            statementBlock(e.statementBlock(), m);
        } else if (m.allowDecl() != null) {
            allow(m.allowDecl());
        }
    }

    // ------------------------------------------------------------------ statements

    private void statementBlock(StatementBlockContext b, ParserRuleContext owner) {
        List<StatementContext> statements = b.statement();
        boolean oneLine = measure != null || (inlineShape(b.LBRACE().getSymbol(), b.RBRACE().getSymbol(), statements.isEmpty())
                && statements.stream().allMatch(s -> s.assignment() != null)
                && indentWidth() + width(() -> ownerOnOneLine(owner)) <= WIDTH);
        if (oneLine) {
            inline++;
            emit(b.LBRACE(), true);
            for (int i = 0; i < statements.size(); i++) {
                if (i > 0) synthetic(";", false);
                statement(statements.get(i));
            }
            emit(b.RBRACE(), !statements.isEmpty());
            inline--;
            return;
        }
        emit(b.LBRACE(), true);
        indent++;
        for (int i = 0; i < statements.size(); i++) {
            StatementContext s = statements.get(i);
            pending = new Break(s.assignment() != null ? "assignment" : "if", i == 0 ? Blank.NONE : Blank.KEEP);
            boolean outer = fits;
            fits = indentWidth() + width(() -> statement(s)) <= WIDTH;
            statement(s);
            fits = outer;
        }
        closeBlock(b.RBRACE(), statements.isEmpty());
    }

    /** The whole construct a statement block belongs to, on one line: for the one-line decision. */
    private void ownerOnOneLine(ParserRuleContext owner) {
        if (owner instanceof MemberContext m) member(m);
        else if (owner instanceof IfStatementContext i) ifStatement(outermostIf(i), true);
    }

    private static IfStatementContext outermostIf(IfStatementContext i) {
        while (i.getParent() instanceof IfStatementContext parent) i = parent;
        return i;
    }

    private void statement(StatementContext s) {
        if (s.assignment() != null) {
            AssignmentContext a = s.assignment();
            qualifiedName(a.target, true);
            cut();
            emit(a.op, true);
            cutRightAligned();
            value(a.value);
        } else {
            ifStatement(s.ifStatement(), true);
        }
    }

    private void ifStatement(IfStatementContext i, boolean space) {
        emit(i.IF(), space);
        expr(i.condition, true);
        statementBlock(i.thenBlock, i);
        if (i.ELSE() != null) {
            emit(i.ELSE(), true);
            if (i.elseBlock != null) statementBlock(i.elseBlock, i);
            else ifStatement(i.elseIf, true);
        }
    }

    // ------------------------------------------------------------------ expressions

    private void expr(ExprContext e, boolean space) {
        switch (e) {
            case PrimaryExprContext p -> primary(p.primary(), space);
            case MemberExprContext m -> {
                expr(m.target, space);
                emit(m.DOT(), false);
                emit(m.field.start, false);
            }
            case UnaryExprContext u -> {
                emit(u.op, space);
                expr(u.operand, false);
            }
            case MultiplicativeExprContext b -> binary(b.left, b.op, b.right, space);
            case AdditiveExprContext b -> binary(b.left, b.op, b.right, space);
            case ComparisonExprContext b -> binary(b.left, b.op, b.right, space);
            case AndExprContext b -> binary(b.left, b.AND().getSymbol(), b.right, space);
            case OrExprContext b -> binary(b.left, b.OR().getSymbol(), b.right, space);
            case NotExprContext n -> {
                emit(n.NOT(), space);
                expr(n.operand, true);
            }
            case ConditionalExprContext c -> {
                emit(c.IF(), space);
                value(c.condition);
                keepAuthorsBreak(c.THEN().getSymbol());
                emit(c.THEN(), true);
                value(c.whenTrue);
                keepAuthorsBreak(c.ELSE().getSymbol());
                emit(c.ELSE(), true);
                value(c.whenFalse);
            }
            default -> throw new IllegalStateException("unknown expression " + e.getClass().getSimpleName());
        }
    }

    private void binary(ExprContext left, Token op, ExprContext right, boolean space) {
        expr(left, space);
        keepAuthorsBreak(op);
        emit(op, true);
        value(right);
    }

    /** An expression after an operator, {@code =} or a keyword: on the next line if the author put it there. */
    private void value(ExprContext e) {
        keepAuthorsBreak(e.getStart());
        expr(e, true);
    }

    private void primary(PrimaryContext p, boolean space) {
        switch (p) {
            case QuantityLiteralContext q -> {
                emit(q.NUMBER(), space);
                // 12% but 40_000 EUR, 4 months.
                if (q.unit != null) emit(q.unit.start, q.unit.PERCENT() == null);
            }
            case MonthLiteralContext m -> {
                emit(m.MONTH(), space);
                emit(m.NUMBER(), true);
            }
            case ListLiteralContext l -> list(l, space);
            case CallExprContext c -> {
                emit(c.callee.start, space);
                emit(c.LPAREN(), false);
                for (int i = 0; i < c.expr().size(); i++) {
                    if (i > 0) emit(c.COMMA(i - 1), false);
                    expr(c.expr(i), i > 0);
                }
                emit(c.RPAREN(), false);
            }
            case ParenExprContext x -> {
                emit(x.LPAREN(), space);
                expr(x.expr(), false);
                emit(x.RPAREN(), false);
            }
            // A date, the current month, a string, a boolean, a name: one token each.
            default -> emit(p.getStart(), space);
        }
    }

    private void list(ListLiteralContext l, boolean space) {
        List<ExprContext> items = l.expr();
        List<TerminalNode> commas = l.COMMA();
        Token open = l.LBRACK().getSymbol();
        Token close = l.RBRACK().getSymbol();
        boolean broken = measure == null && inline == 0 && !items.isEmpty() && (!fits || hasComments(open, close));
        emit(open, space);
        if (!broken) {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) emit(commas.get(i - 1), false);
                expr(items.get(i), i > 0);
            }
            emit(close, false);
            return;
        }
        indent++;
        for (int i = 0; i < items.size(); i++) {
            ExprContext item = items.get(i);
            pending = new Break("element", i == 0 ? Blank.NONE : Blank.KEEP);
            boolean outer = fits;
            fits = indentWidth() + width(() -> expr(item, false)) + 1 <= WIDTH;
            expr(item, false);
            fits = outer;
            // One element per line, each followed by a comma, the last one too.
            if (i < commas.size()) emit(commas.get(i), false);
            else synthetic(",", false);
        }
        closeBlock(l.RBRACK(), false);
    }

    private void qualifiedName(QualifiedNameContext q, boolean space) {
        for (int i = 0; i < q.ident().size(); i++) {
            if (i > 0) emit(q.DOT(i - 1), false);
            emit(q.ident(i).start, i == 0 && space);
        }
    }

    // ------------------------------------------------------------------ tokens and comments

    private boolean hasComments(Token open, Token close) {
        for (int i = open.getTokenIndex() + 1; i < close.getTokenIndex(); i++) {
            if (tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) return true;
        }
        return false;
    }

    private int indentWidth() {
        return 2 * indent;
    }

    /** The width of what {@code layout} writes, laid out on one line without comments. */
    private int width(Runnable layout) {
        StringBuilder outer = measure;
        int outerInline = inline;
        measure = new StringBuilder();
        inline = 1;
        try {
            layout.run();
            return Alignment.length(measure.toString());
        } finally {
            measure = outer;
            inline = outerInline;
        }
    }

    /**
     * Ends an alignment cell before the next token. Applied only once the
     * comments before that token are written, so a comment always belongs to
     * the cell it follows, whichever pass sees it.
     */
    private void cut() {
        requestCut(false);
    }

    private void cutRightAligned() {
        requestCut(true);
    }

    private void requestCut(boolean alignRight) {
        if (measure != null || inline > 0 || current == null) return;
        cutLine = current;
        cutRight = alignRight;
    }

    /**
     * Keeps a line break the author put inside an expression (before an operator,
     * an operand, {@code then}, {@code else} or a value after {@code =}): long
     * formulas stay broken where their author broke them, and short ones joined.
     */
    private void keepAuthorsBreak(Token token) {
        if (measure != null || inline > 0) return;
        int i = token.getTokenIndex() - 1;
        while (i >= 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) i--;
        if (i >= 0 && tokens.get(i).getLine() < token.getLine()) forceBreak = true;
    }

    private void emit(TerminalNode node, boolean space) {
        emit(node.getSymbol(), space);
    }

    /** Writes a token of the input, after the comments that precede it. */
    private void emit(Token token, boolean space) {
        if (measure != null) {
            if (space && !measure.isEmpty()) measure.append(' ');
            measure.append(token.getText());
            return;
        }
        comments(token.getTokenIndex());
        nextToken = token.getTokenIndex() + 1;
        if (cutLine != null) {
            // Only if the token goes on the same line: a comment may have ended it.
            if (cutLine == current && pending == null && !forceBreak) current.cut(cutRight);
            cutLine = null;
        }
        place(token.getLine(), space);
        current.tokenAt(token.getLine(), token.getCharPositionInLine());
        current.text.append(token.getText());
        current.inputLast = Math.max(current.inputLast, token.getLine());
        lastInputLine = token.getLine();
    }

    /** Writes text that is not in the input: a separator of a one-line block, a list's last comma. */
    private void synthetic(String text, boolean space) {
        if (measure != null) {
            if (space) measure.append(' ');
            measure.append(text);
            return;
        }
        if (current == null || forceBreak) place(lastInputLine, space);
        else if (space) current.text.append(' ');
        current.text.append(text);
    }

    /** Starts the line a token goes on, or the space before it on the current line. */
    private void place(int inputLine, boolean space) {
        if (pending != null) {
            startLine(pending.kind(), pending.blank(), inputLine, indent);
            pending = null;
        } else if (forceBreak || current == null) {
            // A comment ended the line inside an expression: carry on below, indented.
            startLine(CONTINUATION, Blank.NONE, inputLine, indent + 1);
        } else if (space && !current.isEmpty()) {
            current.text.append(' ');
        }
        forceBreak = false;
    }

    private void startLine(String kind, Blank blank, int inputLine, int lineIndent) {
        closeLine();
        boolean blankBefore = switch (blank) {
            case NONE -> false;
            case ALWAYS -> true;
            case KEEP -> !lines.isEmpty() && inputLine - lastInputLine >= 2;
        };
        current = new Line(lineIndent, kind, blankBefore, unit, inputLine);
        lines.add(current);
    }

    private void closeLine() {
        if (current != null) current.finish();
        current = null;
    }

    /** Writes the comments between the last token written and the token at {@code index}. */
    private void comments(int index) {
        for (int i = nextToken; i < index; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) continue; // a separator the layout leaves out
            comment(t);
        }
        nextToken = Math.max(nextToken, index);
    }

    private void comment(Token t) {
        String text = commentText(t);
        int endLine = t.getLine() + (int) t.getText().chars().filter(c -> c == '\n').count();
        if (current != null && !current.isEmpty() && t.getLine() == lastInputLine) {
            // It followed text on its line: it stays at the end of that line, and nothing may follow it there.
            current.text.append(' ').append(text);
            current.inputLast = Math.max(current.inputLast, endLine);
            if (t.getType() != MarshallLexer.BLOCK_COMMENT || endLine > t.getLine()) forceBreak = true;
        } else {
            Blank blank = Blank.KEEP;
            int lineIndent = indent;
            if (pending != null) {
                blank = pending.blank();
                pending = new Break(pending.kind(), Blank.KEEP);
            } else {
                // On a line of its own inside an expression: the expression carries on below it.
                lineIndent = indent + 1;
                forceBreak = true;
            }
            startLine(Line.COMMENT, blank, t.getLine(), lineIndent);
            current.text.append(text);
            current.inputLast = endLine;
            closeLine();
        }
        lastInputLine = endLine;
    }

    /** A comment as written, without trailing blanks; block comments keep their inner lines. */
    private static String commentText(Token t) {
        String text = t.getText().replace("\r\n", "\n").replace('\r', '\n');
        if (t.getType() == MarshallLexer.BLOCK_COMMENT) return text;
        return text.stripTrailing();
    }
}
