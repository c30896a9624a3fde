namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>The Lua that keeps published states monotonic: nothing turns a disabled account back into an active one.</summary>
internal static class AccountStateScripts
{
    /// <summary>
    /// KEYS: account keys; ARGV[1]: <c>active</c> or <c>disabled</c>; ARGV[2]: lifetime of a disabled state in ms.
    /// Active is written only over no state; disabled over anything (its lifetime kept once set). Returns the 1-based
    /// positions of the keys whose state changed, the ones to announce.
    /// </summary>
    public const string Write =
        """
        local changed = {}
        for i, key in ipairs(KEYS) do
          local current = redis.call('GET', key)
          if ARGV[1] == 'disabled' then
            if current ~= 'disabled' then
              redis.call('SET', key, 'disabled', 'PX', ARGV[2])
              changed[#changed + 1] = i
            end
          elseif not current then
            redis.call('SET', key, 'active')
            changed[#changed + 1] = i
          end
        end
        return changed
        """;

    /// <summary>
    /// KEYS: roles-version keys; ARGV[1]: their lifetime in ms; ARGV[2..]: the version of each key, in order. A version is
    /// written only over none or a smaller one (versions only grow), with a fresh lifetime. Returns the 1-based positions
    /// of the keys whose version changed, the ones to announce.
    /// </summary>
    public const string WriteRolesVersions =
        """
        local changed = {}
        for i, key in ipairs(KEYS) do
          local version = tonumber(ARGV[i + 1])
          local current = tonumber(redis.call('GET', key) or '-1') or -1
          if version > current then
            redis.call('SET', key, version, 'PX', ARGV[1])
            changed[#changed + 1] = i
          end
        end
        return changed
        """;

    /// <summary>
    /// KEYS: ended-sessions keys (one per ended login; an account's key may repeat); ARGV[1]: now in Unix ms; ARGV[2i],
    /// ARGV[2i+1]: the session id (32 hex digits) of KEYS[i] and the instant in Unix ms until which its access tokens can
    /// live. Each key's value keeps the entries <c>{sid}:{until}</c> whose instant is still ahead (the format of
    /// <c>EndedSessions</c>), adds a missing one (an entry past its instant is not added), and expires with the latest
    /// instant. Returns the 1-based positions of the keys that gained an entry, the ones to announce.
    /// </summary>
    public const string WriteEndedSessions =
        """
        local now = tonumber(ARGV[1])
        local changed = {}
        for i, key in ipairs(KEYS) do
          local sid = ARGV[2 * i]
          local untilMs = tonumber(ARGV[2 * i + 1])
          if untilMs > now then
            local kept = {}
            local latest = untilMs
            local present = false
            for entry in string.gmatch(redis.call('GET', key) or '', '[^,]+') do
              local id, at = string.match(entry, '^(%x+):(%d+)$')
              at = tonumber(at)
              if id and at and at > now then
                kept[#kept + 1] = entry
                if at > latest then latest = at end
                if id == sid and at >= untilMs then present = true end
              end
            end
            if not present then
              kept[#kept + 1] = sid .. ':' .. ARGV[2 * i + 1]
              redis.call('SET', key, table.concat(kept, ','), 'PXAT', latest)
              changed[#changed + 1] = i
            end
          end
        end
        return changed
        """;

    /// <summary>KEYS[1]: rebuild lock, KEYS[2]: published marker; ARGV[1]: this rebuild's lock value, ARGV[2]: watermark.
    /// Marks the states published only if this rebuild still holds the lock (a flush meanwhile took it away).</summary>
    public const string CompleteRebuild =
        """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          redis.call('SET', KEYS[2], ARGV[2])
          redis.call('DEL', KEYS[1])
          return 1
        end
        return 0
        """;

    /// <summary>KEYS[1]: rebuild lock; ARGV[1]: the lock's value. Releases the lock only if this rebuild still holds it.</summary>
    public const string ReleaseRebuildLock =
        """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    /// <summary>KEYS[1]: published marker; ARGV[1]: watermark. Moves it forward only, and never recreates it.</summary>
    public const string AdvanceWatermark =
        """
        local current = redis.call('GET', KEYS[1])
        if current and tonumber(current) < tonumber(ARGV[1]) then
          redis.call('SET', KEYS[1], ARGV[1])
        end
        return 0
        """;
}
