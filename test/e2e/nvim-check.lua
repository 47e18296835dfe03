-- Headless Neovim 0.7 check: starts the bundled language server over stdio, opens the seed plan,
-- prints the diagnostics it publishes and asserts the seed's known defects (test/e2e/expected.json).
-- Run through nvim-check.sh; PLANCHECK_ROOT is the repository root.
local root = assert(vim.env.PLANCHECK_ROOT, 'PLANCHECK_ROOT is not set')
local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(root .. '/test/e2e/expected.json'), '\n'))
local passed, failed = 0, 0

local function out(line)
  io.stdout:write(line, '\n')
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('  ok   ' .. name)
  else
    failed = failed + 1
    out('  FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
end

local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  vim.cmd(failed == 0 and 'qall!' or 'cquit 1')
end

-- -u NONE loads no filetype detection, so the buffer is marked as Markdown here (the LSP languageId).
vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. expected.seed))
vim.bo.filetype = 'markdown'
vim.bo.modifiable = false -- the seed is read, never changed
local buf = vim.api.nvim_get_current_buf()

-- Neovim 0.7 has no vim.lsp.start: start the client, then attach it to the buffer.
local client_id = vim.lsp.start_client({
  name = 'plancheck',
  cmd = { 'node', '--initial-old-space-size=128', root .. '/dist/server.cjs', '--stdio' },
  root_dir = root,
})
check('server process started', client_id ~= nil)
if not client_id then
  return finish()
end
vim.lsp.buf_attach_client(buf, client_id)

local started = vim.loop.hrtime()
local got = vim.wait(15000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local ms = math.floor((vim.loop.hrtime() - started) / 1e6)
check('diagnostics received within 15 s', got, 'none after ' .. ms .. ' ms')

local diagnostics = vim.diagnostic.get(buf)
local severities = { 'error', 'warning', 'info', 'hint' }
local codes = {}
out(string.format('%d diagnostics for %s after %d ms (line:byte column):', #diagnostics, expected.seed, ms))
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  codes[code] = (codes[code] or 0) + 1
  out(string.format('  %d:%d %s %s %s: %s', d.lnum + 1, d.col + 1, severities[d.severity] or '?',
    d.source or '?', code, d.message))
end

local all_plancheck = #diagnostics > 0
for _, d in ipairs(diagnostics) do
  all_plancheck = all_plancheck and d.source == 'plancheck'
end
check('every diagnostic has source "plancheck"', all_plancheck)
for _, code in ipairs(expected.seedCodes) do
  check('known defect reported: ' .. code, (codes[code] or 0) > 0, 'no diagnostic with this code')
end

vim.lsp.stop_client(client_id)
finish()
