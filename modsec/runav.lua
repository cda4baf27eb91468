-- spamgear in-process upload check for ModSecurity @inspectFile (v2 Lua 5.1, v3 Lua 5.3).
--
--   SecRule FILES_TMPNAMES "@inspectFile /usr/local/lib/spamgear/hooks/runav.lua" "id:...,deny,..."
--
-- ModSecurity calls main(filename) inside the web-server process: no fork, no exec. The file is
-- read here (it is 0600 and owned by the web-server user, which is who we are) and sent to
-- `spamgear daemon` as `STREAM <size> <name>\n<bytes>` over its unix socket (LuaSocket cannot pass
-- file descriptors). The daemon answers one line, "1 ..." = pass, "0 ..." = reject.
-- main() returns nil to pass and a message to reject (ModSecurity logs it as the match).
--
-- Errors (daemon down, timeout, oversized upload) follow FAIL_POLICY: "open" passes the upload,
-- "closed" rejects it; both are logged through m.log. Each of the three socket calls gets a third
-- of DEADLINE, so a hung daemon cannot block an nginx worker for longer than DEADLINE seconds.
-- `spamgear install-hooks` rewrites the four settings below from the spamgear config.

local SOCKET = "/run/spamgear/scan.sock"
local DEADLINE = 2.0
local FAIL_POLICY = "open"
local MAX_SIZE = 16777216

local function note(msg)
  if m and m.log then
    pcall(m.log, 2, "spamgear: " .. msg)
  end
end

local function fail(why)
  note("error (fail-" .. FAIL_POLICY .. "): " .. why)
  if FAIL_POLICY == "closed" then
    return "0 spamgear: error (fail-closed): " .. why
  end
  return nil
end

local function basename(path)
  return (string.gsub(path, "^.*/", ""))
end

local function scan(filename)
  local f, err = io.open(filename, "rb")
  if f == nil then
    return fail("cannot open upload: " .. tostring(err))
  end
  local data = f:read(MAX_SIZE + 1) or ""
  f:close()
  if #data > MAX_SIZE then
    return fail("upload over " .. MAX_SIZE .. " bytes")
  end
  local ok_unix, unix = pcall(require, "socket.unix")
  if not ok_unix then
    return fail("LuaSocket (socket.unix) not available")
  end
  local c = (unix.stream or unix)()
  -- three blocking calls (connect, send, receive), each bounded: together within DEADLINE
  c:settimeout(DEADLINE / 3)
  local ok, cerr = c:connect(SOCKET)
  if not ok then
    c:close()
    return fail("daemon not reachable: " .. tostring(cerr))
  end
  local name = string.gsub(basename(filename), "[%c]", "?")
  local sent, serr = c:send("STREAM " .. #data .. " " .. name .. "\n" .. data)
  if not sent then
    c:close()
    return fail("send failed: " .. tostring(serr))
  end
  local line, rerr = c:receive("*l")
  c:close()
  if line == nil then
    return fail("no answer: " .. tostring(rerr))
  end
  local first = string.sub(line, 1, 2)
  if first == "1 " then
    return nil
  end
  if first == "0 " then
    return line
  end
  return fail("protocol error")
end

function main(filename)
  local ok, result = pcall(scan, filename)
  if ok then
    return result
  end
  return fail("lua error: " .. tostring(result))
end
