-- Drives the Marshall language server from Neovim's own LSP client (headless), and writes what
-- the client saw as JSON for NeovimTest to check. Works with Neovim 0.7 (Debian 12) and later:
-- vim.lsp.start_client and buf_attach_client exist in both.
--
-- Environment: MARSHALL_NVIM_FILE (the programme to open), MARSHALL_NVIM_OUT (where to write),
-- MARSHALL_LSP_CMD (the server's command line, as JSON), MARSHALL_NVIM_POSITIONS (JSON:
-- {"hover": {"line": L, "character": C}, "definition": {...}}, 0-based).
local out_path = os.getenv('MARSHALL_NVIM_OUT')
local results = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function finish(err)
  if err then results.error = tostring(err) end
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd('qa!')
end

local function main()
  local file = os.getenv('MARSHALL_NVIM_FILE')
  local cmd = vim.fn.json_decode(os.getenv('MARSHALL_LSP_CMD'))
  local positions = vim.fn.json_decode(os.getenv('MARSHALL_NVIM_POSITIONS'))
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'marshall',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    init_options = { forecast = false },
  })
  if not client_id then return finish('the client did not start') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local published = vim.wait(90000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(results.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = code, severity = d.severity })
  end
  if not published then return finish('no diagnostics within 90 s') end

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = positions.hover }, 30000)
  results.hover = {}
  for _, answer in pairs(hover or {}) do
    if answer.result and answer.result.contents then
      local contents = answer.result.contents
      table.insert(results.hover, type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or contents)
    end
    if answer.err then results.hover_error = vim.fn.json_encode(answer.err) end
  end

  local definition = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition',
    { textDocument = { uri = uri }, position = positions.definition }, 30000)
  results.definition = {}
  for _, answer in pairs(definition or {}) do
    local found = answer.result or {}
    if found.uri then found = { found } end
    for _, location in ipairs(found) do
      table.insert(results.definition, { uri = location.uri or location.targetUri,
        line = (location.range or location.targetSelectionRange).start.line })
    end
  end
  finish(nil)
end

local ok, err = pcall(main)
if not ok then finish(err) end
