// Keeps what a custody visitor types on this device until the server has it, so a lost connection loses nothing.
// The form works without this script; with it, drafts are also saved in the background while online.
const storageKey = key => 'oversight-draft:' + key

for (const done of document.querySelectorAll('[data-draft-clear]')) {
  localStorage.removeItem(storageKey(done.dataset.draftClear))
}

const form = document.querySelector('form[data-draft-key]')
if (form) {
  const key = storageKey(form.dataset.draftKey)
  const status = document.getElementById('draft-status')
  let version = Number(form.dataset.version)
  let timer = null

  const say = text => {
    status.textContent = text
    status.hidden = false
  }

  const fields = () => Array.from(form.elements).filter(e => e.name && e.name !== '__RequestVerificationToken' && e.type !== 'submit')

  const read = () => {
    const values = {}
    for (const field of fields()) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        values[field.name + '=' + field.value] = field.checked
      } else {
        values[field.name] = field.value
      }
    }
    return values
  }

  const write = values => {
    for (const field of fields()) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        const name = field.name + '=' + field.value
        if (name in values) field.checked = values[name]
      } else if (field.name in values) {
        field.value = values[field.name]
      }
    }
  }

  const keep = () => localStorage.setItem(key, JSON.stringify({ version, values: read() }))

  const saveToServer = async () => {
    if (!navigator.onLine) return
    try {
      const url = new URL(form.action || location.href)
      url.searchParams.set('handler', 'autosave')
      const response = await fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      if (response.ok) {
        version = (await response.json()).version
        form.dataset.version = String(version)
        keep()
        say('Draft saved.')
      }
    } catch {
      say('You are offline. What you have typed is kept on this device and will be saved when you are back online.')
    }
  }

  // Text kept on top of the version the server still holds is newer than the page: put it back.
  const kept = JSON.parse(localStorage.getItem(key) || 'null')
  if (kept && kept.version === version) {
    write(kept.values)
    say('What you typed earlier on this device has been put back.')
  } else if (kept) {
    localStorage.removeItem(key)
  }

  const changed = () => {
    keep()
    clearTimeout(timer)
    timer = setTimeout(saveToServer, 2000)
  }
  form.addEventListener('input', changed)
  form.addEventListener('change', changed)
  window.addEventListener('offline', () => say('You are offline. What you have typed is kept on this device.'))
  window.addEventListener('online', () => { say('You are back online.'); saveToServer() })

  form.addEventListener('submit', event => {
    keep()
    if (!navigator.onLine) {
      event.preventDefault()
      say('You are offline, so the report was not sent. What you typed is kept on this device: send it again when you are back online.')
      status.focus()
    }
  })
}
