-- Drives Neovim's built-in LSP client against `lint lsp`: open a story, wait for the diagnostics, ask for
-- the code actions of one finding, apply its quick fix with Neovim's own workspace-edit code, wait for the
-- server to lint the edited buffer, and write what happened as JSON for the xunit test to check.
-- Runs on Neovim 0.7 (Debian 12's: vim.lsp.start_client, pushed diagnostics) and on later versions
-- (vim.lsp.start; 0.10 and later pull diagnostics, which the server then offers).
local dll = os.getenv('LINT_DLL')
local story = os.getenv('LINT_STORY')
local result_path = os.getenv('LINT_RESULT')
local result = { steps = {} }

local function finish()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local function step(name) table.insert(result.steps, name) end

-- The LSP form of the diagnostics on a line, as a code action request carries them: newer Neovims keep
-- the whole LSP diagnostic in user_data.lsp; 0.7 rebuilds it with get_line_diagnostics.
local function lsp_diagnostics_on(bufnr, lnum, client_id)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = lnum })) do
    local lsp = d.user_data and d.user_data.lsp
    if lsp and lsp.range then table.insert(found, lsp) end
  end
  if #found == 0 and vim.lsp.diagnostic.get_line_diagnostics then
    found = vim.lsp.diagnostic.get_line_diagnostics(bufnr, lnum, {}, client_id)
  end
  return found
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(story))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = { name = 'lint', cmd = { 'dotnet', dll, 'lsp' }, root_dir = vim.fn.fnamemodify(story, ':p:h') }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  end
  assert(client_id, 'the language server did not start')
  step('attached')

  local function lint_diagnostics()
    return vim.tbl_filter(function(d) return d.source == 'lint' end, vim.diagnostic.get(bufnr))
  end

  local function find(code)
    for _, d in ipairs(lint_diagnostics()) do
      if d.code == code then return d end
    end
  end

  assert(vim.wait(60000, function() return find('Newsroom.ContextTypos') ~= nil end, 50), 'no ContextTypos diagnostic arrived')
  step('diagnostics')
  result.diagnostics = {}
  for _, d in ipairs(lint_diagnostics()) do
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
    table.insert(result.diagnostics, {
      code = d.code,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      -- Neovim turned the server's UTF-16 columns into byte columns using the buffer: this is the text they cover.
      text = d.lnum == d.end_lnum and line:sub(d.col + 1, d.end_col) or nil,
    })
  end

  local typo = find('Newsroom.ContextTypos')
  vim.api.nvim_win_set_cursor(0, { typo.lnum + 1, typo.col })
  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  params.context = { diagnostics = lsp_diagnostics_on(bufnr, typo.lnum, client_id) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000)
  assert(responses and responses[client_id], 'no answer to textDocument/codeAction')
  assert(not responses[client_id].err, vim.inspect(responses[client_id].err))
  result.actions = {}
  local chosen
  for _, action in ipairs(responses[client_id].result or {}) do
    table.insert(result.actions, action.title)
    if action.edit and action.title:find('filling', 1, true) then chosen = chosen or action end
  end
  assert(chosen, 'no quick fix offering filling')
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  step('applied')

  assert(vim.wait(60000, function() return find('Newsroom.ContextTypos') == nil end, 50), 'the fixed typo was still reported')
  step('relinted')
  result.line = vim.api.nvim_buf_get_lines(bufnr, typo.lnum, typo.lnum + 1, false)[1]
  result.remaining = #lint_diagnostics()

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  step('stopped')
end)

if not ok then result.error = tostring(err) end
finish()
